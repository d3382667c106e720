"""The analyst console (`veilleur web`): see `veilleur.web.app.create_app`."""
