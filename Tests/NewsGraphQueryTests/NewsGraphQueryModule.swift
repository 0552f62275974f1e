// Tests of this module live beside this file.
import Testing
