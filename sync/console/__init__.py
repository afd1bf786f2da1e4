"""The register's console: the Health Board's QI team's web pages, behind a sign-in."""
