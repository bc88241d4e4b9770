"""French helpers every layer may use, and which use no other module of the package:
numbers and amounts as French prints them (numbers.py), dates (dates.py), folding and
comparison keys (text.py). Bottom of the dependency graph: text, tables, structure, facts
and diff all import from here, never the other way round."""
