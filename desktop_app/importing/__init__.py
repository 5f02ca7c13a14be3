"""Reading plans (工作要点) from documents and tables into a proposed task tree (Qt-free)."""
