"""mend96 (review130 of precision68): two counts of one noun are kept apart only when their deeds are
*known* to differ (``deeds.known_apart``): two known groups, or a known contrast. A verb in no group never
splits a slot, "restored" needs a done restoring of the count itself, and the count's own verb wins over a
hospital further on. The review's invented stories that precision68 lost must stay reported; the look-alikes
it rightly removed stay removed."""
import pytest

from accord.disagree.deeds import apart
from tests.test_disagree_precision68 import numbers


@pytest.mark.parametrize("a, b", [
    # p03-fired-laidoff
    ('Carmaker cuts Ohio staff\nDelmont Motors fired 400 workers at its Toledo assembly plant on Thursday, the union said.',
     'Delmont trims Toledo workforce\nDelmont Motors laid off 550 workers at its Toledo assembly plant on Thursday, a company spokeswoman said.'),
    # q23-sacked-fired
    ('Carmaker cuts staff\nDelmont Motors sacked 400 workers at its Toledo plant on Thursday, the union said.',
     'Carmaker cuts staff\nDelmont Motors fired 550 workers at its Toledo plant on Thursday, the union said.'),
    # p14-sacked-dismissed
    ('Police officers dismissed\nThe interior ministry dismissed 55 police officers on Monday over a bribery scandal, a spokesman said.',
     'Ministry sacks officers\nThe interior ministry sacked 40 police officers on Monday over a bribery scandal, state media reported.'),
    # p13-moved-deployed-troops
    ('Troops sent to border\nThe army deployed 3,000 troops to the northern border on Sunday, the defence ministry said.',
     'Army reinforces border\nThe army moved 2,000 troops to the northern border on Sunday, the defence minister said.'),
    # r02-rushed-sent-troops
    ('Troops sent to quell unrest\nThe government sent 1,500 troops to the port city of Sfax on Friday after riots, the defence ministry said.',
     'Troops sent to quell unrest\nThe government rushed 2,200 troops to the port city of Sfax on Friday after riots, the defence ministry said.'),
    # q04-kidnapped-abducted
    ('Gunmen raid Nigerian school\nGunmen kidnapped 80 students from a boarding school in Kaduna state on Friday, police said.',
     'Gunmen raid Nigerian school\nGunmen abducted 120 students from a boarding school in Kaduna state on Friday, police said.'),
    # q07-deported-expelled
    ('Algeria sends migrants back\nAlgeria deported 640 migrants to Niger last week, an aid group said.',
     'Algeria sends migrants back\nAlgeria expelled 900 migrants to Niger last week, an aid group said.'),
    # q08-shut-closed-schools
    ('Smog closes Delhi schools\nDelhi shut 1,800 schools on Monday as air pollution reached hazardous levels, officials said.',
     'Smog closes Delhi schools\nDelhi closed 2,400 schools on Monday as air pollution reached hazardous levels, officials said.'),
    # q19-recovered-retrieved-bodies
    ('Landslide in Kerala\nRescuers recovered 38 bodies from the landslide site in Wayanad on Wednesday, officials said.',
     'Landslide in Kerala\nRescuers retrieved 46 bodies from the landslide site in Wayanad on Wednesday, officials said.'),
    # q22-culled-slaughtered
    ('Bird flu hits Dutch farm\nAuthorities culled 190,000 chickens at a farm in Gelderland on Monday after an outbreak of bird flu.',
     'Bird flu hits Dutch farm\nAuthorities slaughtered 215,000 chickens at a farm in Gelderland on Monday after an outbreak of bird flu.'),
    # q24-recalled-pulled
    ('Toy recall\nBrightway Toys recalled 40,000 toys from shops in Britain on Friday over a choking hazard, regulators said.',
     'Toy recall\nBrightway Toys withdrew 65,000 toys from shops in Britain on Friday over a choking hazard, regulators said.'),
    # p15-restore-working
    ('Ice storm knocks out power in Oklahoma City\nThe ice storm left 80,000 customers without power in Oklahoma City on Monday, the utility said.',
     'Crews race to restore power\nUtility crews were working to restore power to 120,000 customers in Oklahoma City on Monday after the ice storm, OG&E said.'),
    # p16-restoration-crews
    ('Storm hits Halifax\nAbout 95,000 customers in Halifax lost power on Saturday as the storm swept through, Nova Scotia Power said.',
     'Halifax storm\nSome 130,000 customers lost power; restoration crews were on their way to Halifax on Saturday, the utility said.'),
    # p17-injured-andtaken
    ('Gas blast in Lyon\nA gas explosion in a Lyon apartment block injured 25 residents on Sunday, the fire service said.',
     'Lyon explosion\nThirty-one residents were injured and were taken to hospital after a gas explosion in a Lyon apartment block on Sunday, officials said.'),
    # r03-water-power-mixed
    ('Storm batters Florida Panhandle\nThe storm cut power to 60,000 customers in Pensacola on Sunday and left 9,000 customers without water, officials said.',
     'Storm batters Florida Panhandle\nAbout 60,000 customers in Pensacola lost power on Sunday, and 14,000 customers were without water, officials said.'),
])
def test_synonyms_in_no_group_and_loose_readings_stay_reported(a, b):
    assert len(numbers(a, b)) == 1


def test_restored_three_articles_keeps_the_without_power_pair():
    a = ("Storm cuts power across Georgia\nCrews restored power to 200,000 customers in Georgia by Tuesday night, "
         "Georgia Power said.")
    b = ("Georgia outages linger\nAbout 350,000 customers in Georgia were still without power on Tuesday night, "
         "the utility said.")
    c = ("Georgia storm aftermath\nSome 420,000 customers in Georgia remained without power on Tuesday night, "
         "according to outage trackers.")
    got = numbers(a, b, c)
    assert len(got) == 1 and sorted(v.normalized for v in got[0].values) == [350000, 420000]
    assert len(numbers(*('Power returns slowly after Quebec ice storm\nHydro-Quebec restored power to 200,000 customers overnight, the utility said on Wednesday.',
     'Quebec ice storm\nAbout 350,000 customers in Quebec were without power on Wednesday, Hydro-Quebec said.',
     'Quebec ice storm\nSome 420,000 customers in Quebec were without power on Wednesday after the ice storm, officials said.'))) == 1


@pytest.mark.parametrize("a, b", [
    # n02-power-heat
    ('Cold snap in Texas\nAbout 50,000 customers in Austin were without power on Tuesday, the city utility said.',
     'Austin freeze\nSome 20,000 customers in Austin were without heat on Tuesday after a gas line failed, officials said.'),
    # n03-tested-infected
    ('Measles outbreak in Samoa\nHealth workers tested 900 children for measles in Apia on Monday, the ministry said.',
     'Samoa measles\nSome 340 children were infected with measles in Apia on Monday, the health ministry said.'),
    # n05-hired-fired
    ('Retailer shakes up staff\nMarlow & Finch hired 300 workers at its Leeds warehouse in March, the company said.',
     'Warehouse jobs go\nMarlow & Finch fired 450 workers at its Leeds warehouse in March, the union said.'),
    # r06-shutdown-look
    ('Schools reopen in Delhi\nDelhi shut 1,800 schools on Monday as air pollution reached hazardous levels, officials said.',
     'Schools reopen in Delhi\nDelhi reopened 1,200 schools on Monday as air pollution eased, officials said.'),
])
def test_known_contrasts_stay_apart(a, b):
    assert numbers(a, b) == []


@pytest.mark.parametrize("x, y, want", [
    ("act:fir", "act:lay", False), ("act:sack", "act:dismiss", False), ("act:mov", "act:send", False),
    ("act:rush", "act:send", False), ("act:kidnap", "act:abduct", False), ("act:retriev", "act:recover", False),
    ("act:cull", "act:kill", False), ("act:recall", "act:withdraw", False), ("act:lose", "act:kill", False),
    ("act:drown", "act:kill", False), ("act:hang", "act:execute", False), ("act:pick", "act:arrest", False),
    ("act:hir", "act:fir", True), ("act:hir", "act:lay", True), ("act:shut", "act:reopen", True),
    ("act:survey", "act:answer", True), ("act:strand", "act:delay", True), ("act:cancell", "act:delay", True),
    ("act:sign", "act:turn", True), ("act:attend", "act:sign", True), ("act:test", "act:infect", True),
    ("act:injur", "act:hospitalise", True), ("act:kill", "act:injur", True),
    ("service:power", "service:water", True), ("restored:power", "service:power", True),
    ("act:delay", None, False), ("act:mov", "act:deploy", False),
])
def test_apart_only_when_known_to_differ(x, y, want):
    assert apart(x, y) is want
