"""The review desk: `factcheck serve`, a server-rendered web app on the same services as the CLI."""
