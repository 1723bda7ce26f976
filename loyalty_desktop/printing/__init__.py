"""Turning service results into printable output: barcodes, cards, coupons, reports."""
