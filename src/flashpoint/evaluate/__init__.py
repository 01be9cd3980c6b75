"""flashpoint.evaluate"""
