# Convenience targets; each one sets up .venv/ first (see scripts/bootstrap).
.PHONY: run test lint bench screenshot sample fuzz bundle bundle-check guide-screenshots icons

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

# The installable application in dist/drafter/ (packaging/drafter.spec; docs/install.md)
bundle:
	./scripts/bundle

# Build it afresh and run it with no Python visible: the app on the sample, the command line
bundle-check:
	./scripts/bundle --check

# The user guide's screenshots (docs/images/), from the real app on a virtual screen
guide-screenshots:
	./scripts/guide-screenshots

# The app icon's PNGs, .ico and .icns from resources/icons/drafter.svg
icons:
	./scripts/bootstrap
	.venv/bin/python scripts/make_icons.py

sample:
	./scripts/bootstrap
	.venv/bin/python resources/sample/build_sample.py

# Performance benchmark (benchmarks/README.md); e.g. make bench BENCH_ARGS="--sizes 50,300 --repeat 1"
bench:
	./scripts/bootstrap
	.venv/bin/python benchmarks/run.py --output benchmarks/results/latest.json $(BENCH_ARGS)

# Mutation fuzzing of .docx packages (benchmarks/fuzz.py); e.g. make fuzz FUZZ_ARGS="--minutes 5 --seed 3"
fuzz:
	./scripts/fuzz $(or $(FUZZ_ARGS),--minutes 20)
