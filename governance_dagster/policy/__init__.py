"""The policy: its pydantic models, the YAML loader and the typed parameters of the masking operators."""
