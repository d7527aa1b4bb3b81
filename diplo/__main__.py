from diplo.cli import main

raise SystemExit(main())
