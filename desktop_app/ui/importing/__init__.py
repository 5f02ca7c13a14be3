"""Importing a plan: the wizard and its preview model."""
