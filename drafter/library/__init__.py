"""The clause library: its files validated and compiled (``loader``), and its run-time form."""
