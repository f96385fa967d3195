# The family's own view of everyday life and goals (family-self-assessment), English.
#
# Every message id that forms/family-self-assessment.toml and its archived versions
# (forms/family-self-assessment@1.0.0.toml, @1.1.0.toml) refer to, and no others. Never delete
# or rename an id an archived version uses; when a message's meaning changes, the newest form
# gets a new id (the old ones are at the end of this file).
# Plain English for reading on a phone; the family is addressed as "you", a child as "you" too.
# Family-facing texts say "the last meeting together" for the final review meeting; the worker's
# texts say "final review meeting". Wording is our own. No message takes variables.

## The form

fsa-own-title = The family's own view of everyday life and goals
fsa-own-description = With this form your family tells how everyday life is going: what goes well and what worries you. There are no right or wrong answers. The form is used in intensified family work and family rehabilitation. You go through the answers with your worker and agree on goals together. A child or young person can answer their own part. You fill in the form when the work starts and again before your last meeting together.

## About you

fsa-background = About you
fsa-background-help = A few details on who is filling in the form and when.
fsa-filled-on = Date filled in
fsa-phase = Where are you in the work?
fsa-phase-help = Choose “at the start of the work” the first time you fill in the form. Choose “before our last meeting together” when you look back on how the work has gone.
fsa-phase-start = At the start of the work
fsa-phase-review = Before our last meeting together
fsa-respondents = Who answered?
fsa-respondents-parent = A parent or guardian
fsa-respondents-other-parent = The other parent or guardian
fsa-respondents-child = A child or young person
fsa-respondents-other-adult = Another adult in the family
fsa-respondents-worker-helped = A worker helped us fill it in
fsa-children-count = How many children are there in your family?
fsa-has-partner = Do you live together with a spouse or partner?
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
fsa-routines-help = How does an ordinary day at home go? For each question, choose the answer that best describes you lately.
fsa-routines-mornings = How do mornings go? Does everyone get to school, day care or work on time?
fsa-routines-meals = Do you eat regular meals? Do you eat together?
fsa-routines-sleep = How does bedtime go? Does everyone get enough sleep?
fsa-routines-chores = How do housework, cleaning and laundry go?

## Parenting

fsa-parenting = Parenting and time with the children
fsa-parenting-help = How does everyday life with the children go? If you have several children and things differ between them, you can say so at the end of this part.
fsa-parenting-time-together = Do you have time together and do nice things with the children?
fsa-parenting-boundaries = How does setting rules and limits go?
fsa-parenting-understanding = Do you understand the child's feelings and needs?
fsa-parenting-conflicts = How do arguments with the children get sorted out? Can you make up?

## The parents' relationship

fsa-relationship = The parents' relationship
fsa-relationship-help = These questions are about you adults as a couple. If you would rather not answer a point, choose “Can't say”.
fsa-relationship-talk = Do you talk to each other? Do you listen to each other?
fsa-relationship-agree = Do you agree on how to bring up the children?
fsa-relationship-support = Do you support each other in everyday life?

## How the parents are coping

fsa-coping = How the parents are coping
fsa-coping-help = How are you adults doing? If two of you are answering and you are doing differently, you can say so at the end of this part or tell your worker.
fsa-coping-energy = Do you have energy for everyday life?
fsa-coping-mood = How is your mood? Are you stressed?
fsa-coping-health = How is your physical health?
fsa-coping-substances = Is the adults' use of alcohol, medicines or drugs under control?
fsa-coping-own-time = Do you have time for yourself, rest and hobbies?

## The children

fsa-children = The children's wellbeing
fsa-children-help = How are your children doing? If you have several children and things differ between them, you can say so at the end of this part.
fsa-children-mood = How are the children feeling?
fsa-children-school = How are school, day care or studies going?
fsa-children-friends = Do the children have friends and nice things to do in their free time?
fsa-children-health = How are the children's health, growth and development?

## Support network

fsa-network = Support network
fsa-network-help = Who helps you in everyday life? Think of relatives, friends, neighbours, charities and associations, and services.
fsa-network-people = Do you get help from people close to you, such as relatives, friends and neighbours?
fsa-network-services = Do you get help from services, such as the child health clinic, school and social services?
fsa-network-contacts = Important sources of support
fsa-network-contacts-help = Add the most important people or services that support you (up to 15). No names needed: “grandparents” or “school social worker” is enough.
fsa-network-contacts-organisation = Who or which service
fsa-network-contacts-role = How they help
fsa-network-contacts-contact = How to reach them
fsa-network-contacts-contact-help = For example a phone number or opening hours. Fill in only if it helps.

## Money and housing

fsa-finances = Money and housing
fsa-finances-help = Is there enough money, and what is your home like?
fsa-finances-money = Is there enough money for the essentials?
fsa-finances-housing = Are your home and neighbourhood good for you?

## Safety

fsa-safety = Safety
fsa-safety-help = These questions are personal. Answer as much as feels right. If you would like to talk about something with your worker in private, you can say so at the end of this part.
fsa-safety-home = Does everyone in the family feel safe at home?
fsa-safety-arguments = Do you settle arguments without shouting, threats or violence?
fsa-safety-outside = Do you feel safe outside the home, for example on the way to school and online?
fsa-safety-private = I would like to talk about some of this with the worker in private.
fsa-safety-private-help = If you answer yes, your worker will arrange a time to talk in peace. You do not need to write here what it is about. This answer is not shown in the family's own copy.

## The child's own part (a child or young person answers)

fsa-child-voice = The child's or young person's own part
fsa-child-voice-help = A child or young person fills in this part, alone or with the worker. You can leave any question empty. Only the worker sees your answers about home and feeling safe, not your parents.
fsa-child-age = How old are you?
fsa-child-home = How are things for you at home?
fsa-child-school = How are things for you at school or day care?
fsa-child-friends = How are things for you with friends?
fsa-child-safe = Do you feel safe?
fsa-child-trusted-adult = Is there an adult you can talk to?
fsa-child-wish = What do you wish would change?
fsa-child-tell-adults = What would you like the adults to know?
fsa-child-tell-adults-help = Your parents and the worker will see this answer.
fsa-child-worker-only = Is there something you want to tell only the worker?
fsa-child-only-worker-sees = Only the worker sees this answer.
fsa-child-helper = Who helped you answer?
fsa-child-helper-alone = I answered alone
fsa-child-helper-worker = The worker
fsa-child-helper-parent = Mum, dad or another parent
fsa-child-helper-other = Someone else

## The child's scales (1–3)

fsa-child-scale-1 = Badly
fsa-child-scale-2 = So-so
fsa-child-scale-3 = Well
fsa-child-yes-1 = No
fsa-child-yes-2 = Sometimes
fsa-child-yes-3 = Yes
fsa-child-na = I don't want to say

## Goals

fsa-goals = Our goals
fsa-goals-help = In your own words, write down up to five things you would like to change during the work. You agree on the goals together with your worker.
fsa-goals-list = Goals
fsa-goals-list-help-levels = One row for each goal. When you set a goal, you can write what everyday life would look like at each level −2, −1, 0, +1 and +2. Level 0 is what you aim for. Before your last meeting together you rate the same goals again, in the same order.
fsa-goal = The goal in your own words
fsa-goal-describe-minus-2 = What is level −2 like?
fsa-goal-describe-minus-1 = What is level −1 like?
fsa-goal-describe-0 = What is level 0 like?
fsa-goal-describe-plus-1 = What is level +1 like?
fsa-goal-describe-plus-2 = What is level +2 like?
fsa-goal-weight = How important is this goal?
fsa-goal-weight-help = 1 = important, 2 = very important, 3 = most important. If you leave it empty, it counts as 1.
fsa-goal-start-level = Where are we now with this goal?
fsa-goal-start-level-help-described = Choose the level whose description is closest to your everyday life now. “Just as we aimed for” (0) means the goal has been reached. At the start of the work you are usually still below it.
fsa-goal-review-level = How far have we got with this goal now?
fsa-goal-review-level-help-described = Read the level descriptions you wrote when you set the goal, and choose the one closest to your everyday life now. The scale is the same as at the start of the work.

## The goal scale (−2 to +2)

fsa-gas-minus-2 = Much worse than we aimed for
fsa-gas-minus-1 = A little worse than we aimed for
fsa-gas-0 = Just as we aimed for
fsa-gas-plus-1 = A little better than we aimed for
fsa-gas-plus-2 = Much better than we aimed for

## Finally

fsa-other-thoughts = Anything else you would like to tell us

## Working together (the family answers)

fsa-working-together = Working together
fsa-working-together-help = The work goes best when it suits your family. Tell us how the work feels to you.
fsa-motivation = How ready are we to work on changes?
fsa-motivation-help = Change takes work. Answer honestly; there is no right answer.
fsa-motivation-1 = We are not ready yet
fsa-motivation-2 = A little ready
fsa-motivation-3 = Partly ready
fsa-motivation-4 = Quite ready
fsa-motivation-5 = Fully ready
fsa-meeting-wishes = Where and when do meetings suit you best?
fsa-meeting-wishes-help = For example at home, at your child's day care or school, or at the office; on weekdays in the daytime or in the evening.
fsa-feedback-meetings-suited = Did the meetings suit your family?
fsa-feedback-yes = Yes
fsa-feedback-partly = Partly
fsa-feedback-no = No
fsa-parent-feedback = Your feedback: what helped, and what should be done differently?
fsa-parent-feedback-help = Your feedback helps us improve the work. It does not affect the services you get.

## How the work is arranged (filled in by the worker)

fsa-process = How the work is arranged
fsa-process-help = The worker fills in this part. It is not shown in the family's own copy.
fsa-service-basis = Service
fsa-service-basis-intensified = Intensified family work
fsa-service-basis-intensive-team = Family intensive team (supporting child welfare open care)
fsa-service-basis-special-rehab = Family rehabilitation for demanding special support
fsa-service-basis-rehab = Other family rehabilitation
fsa-service-basis-other = Other
fsa-child-welfare-client = The child is a child welfare client
fsa-child-welfare-client-help = Intensified family work is an open-care support measure of child welfare for children aged 0–17 and their parents.
fsa-decided-on = Decision on the service (date)
fsa-decided-on-help = The social worker responsible for the child's affairs makes the decision and applies for the service.
fsa-work-purpose = Purpose of the work
fsa-work-purpose-resources = Strengthening the family's resources, participation and strengths
fsa-work-purpose-interaction = Strengthening the interaction between child and parent
fsa-work-purpose-parenting = Supporting the parent as a parent
fsa-work-purpose-child-development = Securing the child's growth and development
fsa-work-purpose-assess-need = Mapping and assessing the family's support needs and ways of working that support the child
fsa-work-purpose-avoid-placement = Preventing an out-of-home placement
fsa-work-purpose-avoid-far-away = Avoiding services far from home
fsa-work-purpose-avoid-institution = Preventing the child's need for institutional rehabilitation
fsa-work-purpose-return-home = Assessing and supporting the child's return home from substitute care
fsa-work-purpose-transition = Support when moving into or out of institutional rehabilitation
fsa-service-plan-on = Service plan and goals made (date)
fsa-service-plan-on-help = The service plan is made with the family at the start of the work: support needs, goals and how the work is done in practice.
fsa-planned-duration = Planned duration
fsa-planned-duration-help = Intensified family work usually lasts at most a year.
fsa-unit-months = months
fsa-meeting-frequency = Meetings agreed
fsa-meeting-frequency-once = Once a week
fsa-meeting-frequency-twice = Twice a week
fsa-meeting-frequency-three = Three times a week
fsa-meeting-frequency-more = More than three times a week
fsa-meeting-frequency-less = Less than once a week
fsa-meeting-length = Length of a meeting
fsa-meeting-length-short = Under 1.5 hours
fsa-meeting-length-usual = About 1.5–2 hours
fsa-meeting-length-long = Over 2 hours
fsa-meeting-length-varies = Varies
fsa-intensity-as-needed = How have the amount and intensity of support been fitted to the family's needs?
fsa-intensity-as-needed-help = For example a more intensive period at the start or in a crisis, fewer meetings towards the end.
fsa-meeting-places = Where meetings take place
fsa-meeting-places-help = The work happens mainly at the family's home; elsewhere as agreed.
fsa-meeting-places-home = At the family's home
fsa-meeting-places-day-care = At the child's day care
fsa-meeting-places-school = At the child's school
fsa-meeting-places-office = At the office
fsa-meeting-places-placement = At the child's substitute care placement
fsa-meeting-places-rehab-unit = At the rehabilitation unit
fsa-meeting-places-remote = Remote meeting
fsa-meeting-places-other = Elsewhere
fsa-working-hours = Meeting times
fsa-working-hours-daytime = Weekdays, daytime
fsa-working-hours-evening = Weekday evenings (until 8 pm at the latest)
fsa-working-hours-weekend = Occasionally at weekends
fsa-worker-pair = Worker pair
fsa-worker-pair-counsellors = Two social counsellors
fsa-worker-pair-other-professional = A social counsellor and another professional working with the family
fsa-worker-pair-one = One worker
fsa-worker-pair-other = Other
fsa-team-professions = Multi-professional team
fsa-team-professions-help = Which professionals work with the family or support the work.
fsa-team-social-worker = Social worker
fsa-team-social-counsellor = Social counsellor
fsa-team-family-worker = Family worker
fsa-team-psychologist = Psychologist
fsa-team-family-therapist = Family therapist
fsa-team-nurse = Nurse or psychiatric nurse
fsa-team-doctor = Doctor
fsa-team-therapist = Rehabilitation therapist (for example occupational or speech therapist)
fsa-team-teacher = Teacher or special needs teacher
fsa-team-other = Other
fsa-peer-group = The family takes part in a peer support group
fsa-return-home = The work assesses the child's return home from substitute care
fsa-return-home-help = The social worker aims to assess the child's return home. The family's situation is mapped, and the parents and children are met both together and separately.
fsa-return-home-meetings = Meetings in the return-home assessment
fsa-return-home-meetings-together = Parents and children together
fsa-return-home-meetings-parents = Parents separately
fsa-return-home-meetings-children = Children separately
fsa-schooling = The child's schooling during family rehabilitation
fsa-schooling-help = The child's or young person's schooling is secured for the whole of the family rehabilitation.
fsa-schooling-own = At their own school
fsa-schooling-unit = At the school of the rehabilitation unit or hospital
fsa-schooling-remote = Remote teaching
fsa-schooling-other = In another way
fsa-schooling-not-relevant = Does not apply (the child is not of school age)
fsa-schooling-notes = How schooling is arranged and with whom it was agreed
fsa-institutional-transition = Move into or out of institutional rehabilitation
fsa-institutional-transition-help = Family rehabilitation can support the family when the child or young person moves into institutional rehabilitation or leaves it for home.
fsa-institutional-transition-into = The child moves into institutional rehabilitation
fsa-institutional-transition-out = The child returns home from institutional rehabilitation
fsa-institutional-transition-none = No move
fsa-documented-with-family = Records are written together with the family
fsa-documented-with-family-help = Progress notes are written with the family; they are shown in the client portal if the family uses it.
fsa-documented-with-child = The child takes part in writing the records
fsa-final-meeting-on = Date of the final review meeting
fsa-work-summary = Summary of the work (final review meeting)
fsa-next-steps = The family's plan for what comes next
fsa-next-steps-help = After the work: the support, services and responsible people agreed at the final review meeting.

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

## Used only by the archived versions (1.0.0, 1.1.0)

fsa-title = Our everyday resources – family self-assessment
fsa-description = With this form your family looks at its everyday life and resources: what goes well and what worries you. There are no right or wrong answers. The form is used in intensified family work and family rehabilitation. You go through the answers with your worker and agree on the goals of the work based on them. You fill in the form when the work starts and again before your last meeting together.
fsa-goals-list-help = One row for each goal. Before your last meeting together you rate the same goals again, in the same order.
fsa-goal-start-level-help = “Just as we aimed for” means the goal has been reached. At the start of the work you are usually still below it.
fsa-goal-review-level-help = Use the same scale as at the start of the work.
