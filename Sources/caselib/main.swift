print("caselib")
