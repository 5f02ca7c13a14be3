"""The department and people directory (科室与人员)."""
