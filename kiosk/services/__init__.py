"""Services: `verb_noun(session, *, ..., now)` functions returning DTOs; no commit inside."""
