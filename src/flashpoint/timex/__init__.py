"""flashpoint.timex"""
