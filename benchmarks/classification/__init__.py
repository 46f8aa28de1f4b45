"""A labeled benchmark for column classification: ``make_tables`` builds the tables, ``accuracy`` scores them."""
