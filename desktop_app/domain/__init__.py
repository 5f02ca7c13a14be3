"""Pure domain rules (no Qt, no SQL): weeks, numbering, calendar, lights."""
