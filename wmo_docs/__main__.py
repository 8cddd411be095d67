from wmo_docs.cli import main

main()
