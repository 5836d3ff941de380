"""The matcher: the library prepared for matching (``index``, ``prefilter``, ``cache``) and the engine."""
