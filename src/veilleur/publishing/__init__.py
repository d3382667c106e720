"""The publish stage's steps over the store (runner level): they read what `publish/` needs from
the store, call it, and save what it decided — a story's post planned then written, the site's
commit. `publish/` itself renders and writes files and never touches the store."""
