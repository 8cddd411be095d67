"""Report formatters: one FileReport/Finding model, many outputs (text, json, html, docx)."""
