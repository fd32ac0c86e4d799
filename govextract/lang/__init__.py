"""The language layer: what every extractor knows about written Chinese, defined once.

chars.py (character classes, Han ranges), numerals.py (numeral classes), names.py (person-name
readers), titles.py (the title lexicon), chains.py and appointments.py (the title grammar) and
parse.py (TitleParse: the title grammar's reading of one text, computed once per Doc).

This package imports only govextract.data; ner, roles and dates import it, never the reverse.
"""
