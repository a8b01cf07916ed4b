from geoincidents.cli import main

raise SystemExit(main())
