"""The OOXML adapter: the only code that reads and writes WordprocessingML."""
