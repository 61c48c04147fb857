"""Who may do what in the service map (docs/PERMISSIONS.md): each rule written once."""
