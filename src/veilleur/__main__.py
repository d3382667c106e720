"""`python -m veilleur` runs the command line."""

from veilleur.cli import main

main()
