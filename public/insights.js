// The insights page (filled in below).
