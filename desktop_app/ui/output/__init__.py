"""Output: report dialogs (print, PDF, xlsx) and department forms (填报表) out and back in."""
