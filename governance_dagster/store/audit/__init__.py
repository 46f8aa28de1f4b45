"""The audit trail: events, the hash chain, stores."""
