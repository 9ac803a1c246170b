// English rows of TestMoney, written for this suite.
#include "moneysuite.h"

namespace dealdesk {

void TestMoney::english_data()
{
    columns();
    row("The robotics start-up raised $120 million in a Series C round.",
        "$120 million", "USD", 120e6, 120e6, "exact", "investment");
    row("The deal values the company at $45 billion.",
        "$45 billion", "USD", 45e9, 45e9, "exact", "valuation");
    row("It is raising $2bn at a $30bn valuation.",
        "$30bn", "USD", 30e9, 30e9, "exact", "valuation", 1);
    row("It is raising $2bn at a $30bn valuation.",
        "$2bn", "USD", 2e9, 2e9, "exact", "investment");
    row("The cloud giant will invest up to $4 billion in the lab.",
        "up to $4 billion", "USD", 4e9, 4e9, "up_to", "investment");
    row("Investors are said to be discussing between $15 and $25 billion for the venture.",
        "between $15 and $25 billion", "USD", 15e9, 25e9, "range", "investment");
    row("The chips alone cost $15-25 billion, analysts estimate.",
        "$15-25 billion", "USD", 15e9, 25e9, "range", "spending");
    row("The fund hopes to raise $15bn to $25bn from sovereign investors.",
        "$15bn to $25bn", "USD", 15e9, 25e9, "range", "investment");
    row("Annual revenue reached about $3.7 billion last year.",
        "about $3.7 billion", "USD", 3.7e9, 3.7e9, "approx", "revenue");
    row("The company expects to lose roughly $5 billion this year.",
        "roughly $5 billion", "USD", 5e9, 5e9, "approx", "loss");
    row("Microsoft has committed nearly $14 billion to the partnership.",
        "nearly $14 billion", "USD", 14e9, 14e9, "almost", "investment");
    row("The group spent more than $80 billion on data centres.",
        "more than $80 billion", "USD", 80e9, 80e9, "over", "spending");
    row("Backers pledged at least $1 billion to the new fund.",
        "at least $1 billion", "USD", 1e9, 1e9, "at_least", "investment");
    row("The start-up was valued at less than $500 million in 2021.",
        "less than $500 million", "USD", 500e6, 500e6, "under", "valuation");
    row("The agency signed a $300 million contract for cloud services.",
        "$300 million", "USD", 300e6, 300e6, "exact", "spending");
    row("The lab received a billion dollars from the software maker.",
        "a billion dollars", "USD", 1e9, 1e9, "exact", "investment");
    row("The company raised twenty-five million dollars from angels.",
        "twenty-five million dollars", "USD", 25e6, 25e6, "exact", "investment");
    row("The British government will invest £8bn in computing.",
        "£8bn", "GBP", 8e9, 8e9, "exact", "investment");
    row("The Japanese bank invested ¥50 billion in the chipmaker.",
        "¥50 billion", "JPY", 50e9, 50e9, "exact", "investment");
    row("The Canadian pension fund invested C$2 billion in the firm.",
        "C$2 billion", "CAD", 2e9, 2e9, "exact", "investment");
    row("The Australian start-up raised A$150 million last month.",
        "A$150 million", "AUD", 150e6, 150e6, "exact", "investment");
    row("The Hong Kong unit raised HK$5 billion in its listing.",
        "HK$5 billion", "HKD", 5e9, 5e9, "exact", "investment");
    row("The Singapore fund put US$300 million into the round.",
        "US$300 million", "USD", 300e6, 300e6, "exact", "investment");
    row("The Swiss lab raised CHF 40 million from local investors.",
        "CHF 40 million", "CHF", 40e6, 40e6, "exact", "investment");
    row("The start-up raised 30 million euros from European funds.",
        "30 million euros", "EUR", 30e6, 30e6, "exact", "investment");
    row("The group earned 2 billion pounds in sales.",
        "2 billion pounds", "GBP", 2e9, 2e9, "exact", "revenue");
    row("It raised $500m from existing investors.",
        "$500m", "USD", 500e6, 500e6, "exact", "investment");
    row("The chipmaker is now worth $62B after the rally.",
        "$62B", "USD", 62e9, 62e9, "exact", "valuation");
    row("The company lost $200bn in market value in a single day.",
        "$200bn", "USD", 200e9, 200e9, "exact", "loss");
    row("Each accelerator sells for an estimated $25,000-40,000 apiece.",
        "$25,000-40,000", "USD", 25e3, 40e3, "range", "investment");
    row("The firm paid $1.3 billion for the data start-up.",
        "$1.3 billion", "USD", 1.3e9, 1.3e9, "exact", "investment");
    row("The firm secured a $4 billion revolving credit facility.",
        "$4 billion", "USD", 4e9, 4e9, "exact", "other");
    row("Annualised revenue passed $300 million in the summer.",
        "$300 million", "USD", 300e6, 300e6, "exact", "revenue");
    row("The compute bill will exceed $10 billion a year.",
        "$10 billion", "USD", 10e9, 10e9, "exact", "spending");
    row("The company raised $6.6bn. Employees later sold shares at an $86 billion valuation.",
        "$86 billion", "USD", 86e9, 86e9, "exact", "valuation", 1);
    row("Sales rose to USD 3 million in the quarter.",
        "USD 3 million", "USD", 3e6, 3e6, "exact", "revenue");
    row("The agency awarded a 3 million USD contract for translation tools.",
        "3 million USD", "USD", 3e6, 3e6, "exact", "spending");
    row("A fine of $2.5 million was imposed by the regulator.",
        "$2.5 million", "USD", 2.5e6, 2.5e6, "exact", "other");
    row("The company raised $1,200,000.50 in its first seed round.",
        "$1,200,000.50", "USD", 1200000.5, 1200000.5, "exact", "investment");
    row("The holding company raised around $3bn in fresh funding.",
        "around $3bn", "USD", 3e9, 3e9, "approx", "investment");
    row("Its losses were as much as $1 billion last year.",
        "as much as $1 billion", "USD", 1e9, 1e9, "up_to", "loss");
    row("The group will invest $10 billion, in addition to $3 billion announced earlier.",
        "$3 billion", "USD", 3e9, 3e9, "exact", "investment", 1);
    // A part of a scale, a currency sign glued after letters, a currency word hyphenated on.
    row("The lab raised half a billion dollars from two sovereign funds.",
        "half a billion dollars", "USD", 5e8, 5e8, "exact", "investment");
    row("The start-up raised a quarter of a billion dollars in its Series B.",
        "a quarter of a billion dollars", "USD", 2.5e8, 2.5e8, "exact", "investment");
    row("The chip designer raised three quarters billion dollars from its backers.",
        "three quarters billion dollars", "USD", 7.5e8, 7.5e8, "exact", "investment");
    row("The start-up raised quarter million USD from angels.",
        "quarter million USD", "USD", 2.5e5, 2.5e5, "exact", "investment");
    row("The start-up raised 3.5US$ from each backer.",
        "3.5US$", "USD", 3.5, 3.5, "exact", "investment");
    row("The firm raised 5C$ from each backer in the offering.",
        "5C$", "CAD", 5, 5, "exact", "investment");
    row("The start-up raised $20 and 43c from each backer.",
        "$20 and 43c", "USD", 20.43, 20.43, "exact", "investment");
    // study2: a passive purchase, money "put in", a loss to come.
    row("The contract-software start-up was snapped up by a rival for about $150 million.",
        "about $150 million", "USD", 150e6, 150e6, "approx", "investment");
    row("The contract-software firm was bought by a rival for $90 million.",
        "$90 million", "USD", 90e6, 90e6, "exact", "investment");
    // A valuation word governs no amount past a nearer cue in a clause of its own.
    row("The company, valued at $6 billion, is raising $500 million.",
        "$500 million", "USD", 500e6, 500e6, "exact", "investment", 1);
    // The amount reader's first test: "a" starts a number only before a number word or scale,
    // a one-letter sign prefix ("c $") and a range word ("from") are read on.
    row("The lab raised a hundred million dollars from its backers.",
        "a hundred million dollars", "USD", 1e8, 1e8, "exact", "investment");
    row("The Toronto lender raised c $ 300 million from pension funds.",
        "c $ 300 million", "CAD", 3e8, 3e8, "exact", "investment");
    row("The fund will invest from $5 million to $8 million in each start-up.",
        "from $5 million to $8 million", "USD", 5e6, 8e6, "range", "investment");
    row("The lab said a third of its staff left, and a unit raised $12 million.",
        "$12 million", "USD", 1.2e7, 1.2e7, "exact", "investment");
}

} // namespace dealdesk
