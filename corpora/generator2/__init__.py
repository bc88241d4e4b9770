"""A second, independent corpus generator: Word-like documents built with
python-docx and converted to PDF by LibreOffice headless (how most real
deliberations and conventions are made), every layout and content decision
drawn from a seed, gold written by construction. See README.md."""
