"""`rtes-kg serve`: dereferenceable IRIs and a read-only SPARQL endpoint over a built release."""
