"""Resources: crisis lines and a directory of local and online help (pure modules)."""
