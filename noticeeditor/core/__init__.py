"""Core: questionnaire, projects, clause library, composition and checks. No Qt here."""
