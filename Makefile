# Convenience targets; each one sets up .venv/ first (see scripts/bootstrap).
.PHONY: run test lint bench screenshot sample

run:
	./scripts/run

test:
	./scripts/test

lint:
	./scripts/bootstrap
	.venv/bin/ruff check
	.venv/bin/ruff format --check
	.venv/bin/mypy

screenshot:
	./scripts/screenshot screenshots/drafter.png

sample:
	./scripts/bootstrap
	.venv/bin/python resources/sample/build_sample.py
