# Our everyday resources – family self-assessment (family-self-assessment), English.
#
# Every message id that forms/family-self-assessment.toml refers to, and no others.
# Plain English for reading on a phone; the family is addressed as "you". Wording is our own.
# No message takes variables.

## The form

fsa-title = Our everyday resources – family self-assessment
fsa-description = With this form your family looks at its everyday life and resources: what goes well and what worries you. There are no right or wrong answers. The form is used in intensified family work and family rehabilitation. You go through the answers with your worker and agree on the goals of the work based on them. You fill in the form when the work starts and again before the final review meeting.

## About you

fsa-background = About you
fsa-background-help = A few details on who is filling in the form and when.
fsa-filled-on = Date filled in
fsa-phase = Where are you in the work?
fsa-phase-help = Choose “at the start of the work” the first time you fill in the form. Choose “before the final review meeting” when you look back on how the work has gone.
fsa-phase-start = At the start of the work
fsa-phase-review = Before the final review meeting
fsa-respondents = Who answered?
fsa-respondents-parent = A parent or guardian
fsa-respondents-other-parent = The other parent or guardian
fsa-respondents-child = A child or young person
fsa-respondents-other-adult = Another adult in the family
fsa-respondents-worker-helped = A worker helped us fill it in
fsa-children-count = How many children are there in your family?
fsa-has-partner = Does a parent in your family live with a spouse or partner?
fsa-has-partner-help = If you answer yes, there are a few questions about your relationship. If you answer no, they are left out.

## The scale (1–5)

fsa-scale-1 = A big worry for us
fsa-scale-2 = Often hard
fsa-scale-3 = Sometimes fine
fsa-scale-4 = Mostly fine
fsa-scale-5 = Clearly a strength for us
fsa-scale-na = Can't say

## The same question at the end of each part

fsa-change = What is the one thing we would most like to change here?

## Daily routines

fsa-routines = Daily routines
fsa-routines-help = How does an ordinary day at home go? For each point, choose the answer that best describes you lately.
fsa-routines-mornings = Mornings and getting out to school, day care or work
fsa-routines-meals = Regular meals and eating together
fsa-routines-sleep = Bedtime and getting enough sleep
fsa-routines-chores = Housework, cleaning and laundry

## Parenting

fsa-parenting = Parenting and time with the children
fsa-parenting-help = How does everyday life with the children go? If you have several children and things differ between them, you can say so at the end of this part.
fsa-parenting-time-together = Time together and doing nice things with the children
fsa-parenting-boundaries = Setting rules and limits
fsa-parenting-understanding = Understanding the child's feelings and needs
fsa-parenting-conflicts = Sorting out arguments and making up with the children

## The parents' relationship

fsa-relationship = The parents' relationship
fsa-relationship-help = These questions are about you adults as a couple. If you would rather not answer a point, choose “Can't say”.
fsa-relationship-talk = Talking and listening to each other
fsa-relationship-agree = Agreeing on how to bring up the children
fsa-relationship-support = Supporting each other in everyday life

## How the parents are coping

fsa-coping = How the parents are coping
fsa-coping-help = How are you adults doing? If two of you are answering and you are doing differently, you can say so at the end of this part or tell your worker.
fsa-coping-energy = Energy for everyday life
fsa-coping-mood = Mood and stress
fsa-coping-health = Your physical health
fsa-coping-substances = The adults' use of alcohol, medicines or drugs
fsa-coping-own-time = Time for yourself, rest and hobbies

## The children

fsa-children = The children's wellbeing
fsa-children-help = How are your children doing? If you have several children and things differ between them, you can say so at the end of this part.
fsa-children-mood = How the children feel
fsa-children-school = School, day care or studies
fsa-children-friends = Friends and free time
fsa-children-health = The children's health, growth and development

## Support network

fsa-network = Support network
fsa-network-help = Who helps you in everyday life? Think of relatives, friends, neighbours, charities and associations, and services.
fsa-network-people = Help from people close to us, such as relatives, friends and neighbours
fsa-network-services = Help from services, such as the child health clinic, school and social services
fsa-network-contacts = Important sources of support
fsa-network-contacts-help = Add the most important people or services that support you (up to 15). No names needed: “grandparents” or “school social worker” is enough.
fsa-network-contacts-organisation = Who or which service
fsa-network-contacts-role = How they help
fsa-network-contacts-contact = How to reach them
fsa-network-contacts-contact-help = For example a phone number or opening hours. Fill in only if it helps.

## Money and housing

fsa-finances = Money and housing
fsa-finances-help = Is there enough money, and what is your home like?
fsa-finances-money = Having enough money for the essentials
fsa-finances-housing = Your home and neighbourhood

## Safety

fsa-safety = Safety
fsa-safety-help = These questions are personal. Answer as much as feels right. If you would like to talk about something with your worker in private, you can say so at the end of this part.
fsa-safety-home = Everyone in the family feeling safe at home
fsa-safety-arguments = Settling arguments without shouting, threats or violence
fsa-safety-outside = Safety outside the home, for example on the way to school and online
fsa-safety-private = I would like to talk about some of this with the worker in private.
fsa-safety-private-help = If you answer yes, your worker will arrange a time to talk in peace. You do not need to write here what it is about.

## Goals

fsa-goals = Our goals
fsa-goals-help = In your own words, write down up to five things you would like to change during the work. You agree on the goals together with your worker.
fsa-goals-list = Goals
fsa-goals-list-help = One row for each goal. Before the final review meeting you rate the same goals again, in the same order.
fsa-goal = The goal in your own words
fsa-goal-weight = How important is this goal?
fsa-goal-weight-help = 1 = important, 2 = very important, 3 = most important. If you leave it empty, it counts as 1.
fsa-goal-start-level = Where are we now with this goal?
fsa-goal-start-level-help = “Just as we aimed for” means the goal has been reached. At the start of the work you are usually still below it.
fsa-goal-review-level = How far have we got with this goal now?
fsa-goal-review-level-help = Use the same scale as at the start of the work.

## The goal scale (−2 to +2)

fsa-gas-minus-2 = Much worse than we aimed for
fsa-gas-minus-1 = A little worse than we aimed for
fsa-gas-0 = Just as we aimed for
fsa-gas-plus-1 = A little better than we aimed for
fsa-gas-plus-2 = Much better than we aimed for

## Finally

fsa-other-thoughts = Anything else you would like to tell us

## Assessment details (filled in by the worker)

fsa-record = Assessment details
fsa-record-help = The worker fills in this part. The details are shown at the top of the summary, in the family's own copy too.
fsa-assessor-name = Assessor's name
fsa-assessor-title = Assessor's job title
fsa-assessor-title-help = For example social worker or social counsellor.
fsa-assessor-unit = Unit and wellbeing services county
fsa-participants = People who took part
fsa-participants-help = Record each person by role first, for example mother, father, child and family worker.

## What the results suggest (guidance, not a decision)

fsa-band-worry = A worry – worth raising with your worker so you can work out together what support would help.
fsa-band-mixed = Mixed – some things work, some need support. Think about what already helps and what could be added.
fsa-band-strength = A strength – this is going well and can give you energy and ideas for other things too.
fsa-worry-items = Points marked as a big worry
fsa-band-no-worry-items = No point was marked as a big worry.
fsa-band-worry-items = At least one point was marked as a big worry. Go through these points with your worker one by one.
