"""``python -m dateline``: the same command line as the ``dateline`` script."""

from dateline.cli import main

main(prog_name="dateline")
