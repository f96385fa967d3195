# Informal care support interview for a child (caregiver-support), English.
#
# Every message id that forms/caregiver-support.toml refers to, and no others.
# The family can fill in its sections itself, addressed as "you"; the summary is the worker's.
# Wording is our own (no items copied from published questionnaires).
# No message takes variables. Result texts are guidance, never decisions. No euro amounts.

## Form

cs-title = Informal care support interview for a child
cs-description = This form helps you describe what caring for your child is like in everyday life and how much it ties you down. The child's care need is always compared with that of a healthy child of the same age. You can fill in the family's sections yourselves or together with a worker. The worker uses the form as one tool when assessing your family's service needs for informal care support. The points on this form are guidance only: the decision on informal care support is made by an official of the wellbeing services county on the basis of an overall assessment.

## 1. Basic information

cs-basic = Basic information
cs-basic-help = Information about the child and the guardians. Record only what the assessment needs.
cs-interview-date = Date of the interview or of filling in the form
cs-filled-by = Who filled in the form?
cs-filled-by-family = The family on its own
cs-filled-by-family-with-worker = The family together with a worker
cs-filled-by-worker-interview = The worker during the interview
cs-service-unit = Which service is making the assessment?
cs-service-unit-help = The assessment is made in the service where the child is already a client.
cs-service-unit-family-services = Services for families with children
cs-service-unit-disability-services = Disability services
cs-service-unit-other = Another service
cs-designated-worker = Does the child have a designated worker?
cs-designated-worker-help = The designated worker is the child's own worker in the service where the child is a client (services for families with children or disability services). Informal care support is assessed and decided according to the child's client relationship.
cs-designated-worker-in-this-service = Yes, in this service
cs-designated-worker-in-other-service = Yes, in another service
cs-designated-worker-being-named = One is being named now
cs-designated-worker-none = No
cs-cooperating-services = Which other services take part in the assessment?
cs-cooperating-services-help = Services for families with children and disability services work together in the assessment. Choose every service the assessment is made with or has asked for information.
cs-cooperating-early-education-school = Early childhood education or school
cs-cooperating-health-care = Health care, for example a children's outpatient clinic
cs-cooperating-ngo = Non-governmental organisation
cs-child-birth-date = Child's date of birth
cs-care-need-reason = What is the reason for the child's care need?
cs-care-need-reason-help = Tell us in your own words about the child's illness, disability or limitations in functioning. There is no need to copy medical statements here.
cs-guardians = Guardians
cs-guardians-help = Add each of the child's guardians on a row of their own. Every guardian who cares for the child is assessed for informal care support.
cs-guardian-relation = Relationship to the child
cs-guardian-relation-mother = Mother
cs-guardian-relation-father = Father
cs-guardian-relation-other-parent = Other parent
cs-guardian-relation-other-guardian = Other guardian
cs-guardian-name = First name or another way to tell guardians apart
cs-guardian-name-help = For example a first name or "mother". This form does not ask for personal identity codes.
cs-guardian-lives-with-child = Does this guardian live with the child?
cs-guardian-applies-as-carer = Is this guardian applying to be the informal caregiver?
cs-guardian-applies-as-carer-help = The informal caregiver is responsible for the child's care and makes an informal care agreement with the wellbeing services county.
cs-guardian-work-situation = The guardian's work or study situation
cs-work-full-time = Working full time
cs-work-part-time = Working part time
cs-work-studying = Studying
cs-work-family-leave = On family leave or child-care leave
cs-work-not-working = Neither working nor studying
cs-work-other = Other situation
cs-siblings = How many siblings live with the child?
cs-siblings-help = Include half-siblings and step-siblings who live with the child at least part of the time.
cs-unit-children = children
cs-home-language = Language or languages spoken at home
cs-language-fi = Finnish
cs-language-sv = Swedish
cs-language-se = Sámi
cs-language-sign = Sign language
cs-language-other = Another language
cs-home-language-other = Which other language?

## 2. How demanding the care is (0–3 per area)

cs-care-need = How demanding the care is
cs-care-need-help = Compare your child's need for help and supervision with a healthy child of the same age. For each area, choose the option that describes an ordinary day over the last few months. You can write a short example of the help your child needs.
cs-need-0 = No more than a child of the same age
cs-need-1 = Some extra help or guidance
cs-need-2 = A lot of help every day
cs-need-3 = Full help or constant supervision
cs-need-example = An example from everyday life
cs-need-moving = Moving about and changing position
cs-need-moving-help = For example walking, transfers, turning in bed and stairs.
cs-need-eating = Eating and drinking
cs-need-eating-help = For example feeding, puréed food, a special diet and difficulty swallowing.
cs-need-dressing = Dressing
cs-need-dressing-help = For example putting clothes on and taking them off, and fitting supports or orthoses.
cs-need-washing = Washing and hygiene
cs-need-washing-help = For example showering, brushing teeth and skin care.
cs-need-toileting = Using the toilet
cs-need-toileting-help = For example nappies, catheterisation and help in the toilet.
cs-need-procedures = Medication and care procedures
cs-need-procedures-help = For example giving medicines, tube feeding, suction, monitoring blood sugar and therapy exercises at home.
cs-need-communication = Interaction and communication
cs-need-communication-help = For example signs and pictures that support speech, and interpreting the child's needs.
cs-need-behaviour = Behaviour and supervision
cs-need-behaviour-help = For example keeping the child safe, strong emotional reactions and behaviour that harms the child or others.
cs-need-sleep = Sleep and falling asleep
cs-need-sleep-help = For example help to fall asleep, sleep rhythm and restlessness. Care at night is asked about in the next section.
cs-need-outside = Getting around outside the home
cs-need-outside-help = For example trips to day care or school, errands, hobbies and appointments.

## 3. How binding the care is (points 0–15)

cs-binding = How binding the care is
cs-binding-help = How much does caring for your child tie you down during the day and at night? If there are two informal caregivers, answer for the one who gives most of the care and tell us about any differences at the end of this section.
cs-night-care = How often does the child need care or supervision at night?
cs-night-care-none = Usually not at all
cs-night-care-weekly = 1–2 nights a week
cs-night-care-most-nights = Most nights
cs-night-care-several-times = Several times a night, nearly every night
cs-left-alone = Can the child be left alone for a while?
cs-left-alone-help = Compare with a child of the same age. For example a moment in another room or a walk to the letterbox.
cs-left-alone-like-peers = Yes, for as long as a child of the same age
cs-left-alone-short-while = Yes, but only for a short while, under an hour
cs-left-alone-few-minutes = Only for a few minutes
cs-left-alone-never = Not at all: an adult must always be close by
cs-care-hours = How many hours a day do you spend on direct care or guidance of the child?
cs-care-hours-help = Count only the care and guidance a child of the same age would not need. Time at day care or school does not count.
cs-care-hours-under-1 = Under an hour
cs-care-hours-1-2 = 1–2 hours
cs-care-hours-3-4 = 3–4 hours
cs-care-hours-5-7 = 5–7 hours
cs-care-hours-8-more = 8 hours or more
cs-round-the-clock = Is the informal caregiver bound by the care round the clock or continuously every day?
cs-round-the-clock-help = The number of statutory days off depends on this: the informal caregiver is entitled to at least three days off a month if the care binds round the clock or continuously every day, and otherwise to at least two.
cs-round-the-clock-breaks = Is the informal caregiver bound by the care round the clock or continuously every day, without a break or with only minor breaks?
cs-round-the-clock-breaks-help = The number of days off depends on this. If the care binds in this way, the informal caregiver is entitled to at least three days off a month, otherwise to at least two. The care can bind in this way even if the child regularly spends a minor part of the day in day care, school, therapy or rehabilitation.
cs-hours-elsewhere = On an ordinary weekday, how many hours is the child away from home?
cs-hours-elsewhere-help = For example in day care, at school, in afternoon activities, in therapy or in rehabilitation. Give the average time. If the child is always at home, answer 0.
cs-unit-hours = hours
cs-days-elsewhere = How many days a month is the child cared for somewhere else?
cs-days-elsewhere-help = For example short-term care, family care or care in an institution. Count the days in an ordinary month. If the child is not cared for elsewhere, answer 0.
cs-unit-days = days
cs-work-effect = How does caring for the child affect the informal caregiver's work or studies?
cs-work-effect-help = If the informal caregiver is not working now, consider how the care would affect the chance to work or study.
cs-work-effect-none = No effect
cs-work-effect-arrangements = Needs flexibility, for example changed hours or remote work
cs-work-effect-reduced = Working hours have been reduced
cs-work-effect-much-reduced = Work is possible only a little or with frequent absences
cs-work-effect-cannot-work = Working or studying is not possible because of the care
cs-binding-notes = Is there anything else you would like to tell us about how binding the care is?

## 4. The informal caregiver's health and coping

cs-carer = The informal caregiver's health and coping
cs-carer-help = The informal caregiver's health and ability to function must meet the demands of the care. Your answers help us find support that keeps you going.
cs-carer-health = How would you rate your health at the moment?
cs-carer-coping = How would you rate your coping with everyday life at the moment?
cs-rating-1 = Very poor
cs-rating-2 = Fairly poor
cs-rating-3 = Moderate
cs-rating-4 = Fairly good
cs-rating-5 = Very good
cs-carer-limitations = Do you have illnesses or limitations that make caring for the child harder?
cs-carer-limitations-help = For example back trouble that prevents lifting. Tell us only what matters for the care.
cs-carer-willing = Are you willing to take responsibility for the child's care as an informal caregiver, with the help of the services needed?
cs-carer-willing-help = Becoming an informal caregiver is voluntary.
cs-carer-support-wishes = What would help you keep going?

## 5. Home conditions

cs-home = Home conditions
cs-home-help = Is your home suitable for caring for the child? Think for example of getting in and out, the washing facilities and room for aids.
cs-home-problems = Are there obstacles or shortcomings at home that make the care harder?
cs-home-problems-details = What obstacles or shortcomings?
cs-aids-in-use = Which aids does the child use?
cs-aids-in-use-help = Choose all that apply. If there are no aids, leave this empty.
cs-aids-mobility = Mobility aids, for example a wheelchair or walker
cs-aids-lifting = Lifting and transfer aids
cs-aids-hygiene = Aids for washing and using the toilet
cs-aids-bed = Care bed or special mattress
cs-aids-feeding = Feeding aids, for example a feeding pump
cs-aids-breathing = Breathing aids, for example a suction device or oxygen concentrator
cs-aids-communication = Communication aids
cs-aids-safety = Safety equipment, for example alarms or safety gates
cs-aids-other = Other aids
cs-aids-needed = Are new aids or alterations to the home needed?
cs-home-verdict = The worker's assessment of whether the home is suitable for the care
cs-home-verdict-suitable = The home is suitable for the care
cs-home-verdict-with-changes = The home is suitable for the care once aids or alterations are arranged
cs-home-verdict-not-suitable = The home is not suitable for the care

## 6. Other services

cs-services = Other services
cs-services-help = Which services do the child and the family already receive? Informal care and the other services together must be enough for the child's wellbeing, health and safety.
cs-services-used = Which services do the child or the family have now?
cs-services-daycare-school = Early childhood education or school
cs-services-assistant = An assistant in early childhood education or at school
cs-services-afternoon-care = Morning or afternoon activities for schoolchildren
cs-services-short-term-care = Short-term care outside the home
cs-services-home-help = Home help for families with children
cs-services-personal-assistance = Personal assistance
cs-services-therapies = Therapies, for example physiotherapy, occupational therapy or speech therapy
cs-services-home-nursing = Home nursing
cs-services-family-work = Family work
cs-services-transport = Transport service
cs-services-ngo = Activities or peer support from non-governmental organisations
cs-services-other = Another service
cs-services-other-what = Which other service?
cs-services-sufficient = Are informal care and the current services together enough for the child's wellbeing, health and safety?
cs-services-sufficient-help = This is the family's own view. The worker also assesses this in the summary.
cs-sufficient-yes = They are enough
cs-sufficient-partly = They are partly enough
cs-sufficient-no = They are not enough
cs-sufficient-cannot-say = I can't say
cs-services-missing = What is missing, or what should change?

## 7. The child and the siblings

cs-child = The child and the siblings
cs-child-help = The child's view is found out in a way that suits the child's age and development. The best interests of the child are at the centre of the assessment.
cs-child-view-obtained = How was the child's own view found out?
cs-child-view-in-words = The child told us
cs-child-view-with-support = The child told us with pictures, signs or other support
cs-child-view-observed = The view was assessed by observing the child
cs-child-view-not-obtained = The view could not be found out
cs-child-view = The child's own view
cs-child-view-help = What does the child think about everyday life, the care and who cares for them? Where possible, write down the child's own words.
cs-child-view-reason = Why could the child's view not be found out?
cs-siblings-situation = The siblings' situation
cs-siblings-situation-help = How does the child's care affect the siblings? Do they get enough time and attention?
cs-environment-views = Observations from the child's other everyday environments
cs-environment-views-help = What early childhood education, school, therapy or another everyday environment observes about the child's need for help and supervision. Gathered with the guardian's consent.
cs-environment-setting = Environment
cs-environment-early-education = Early childhood education
cs-environment-school = School
cs-environment-afternoon-care = Morning or afternoon activities
cs-environment-therapy = Therapy or rehabilitation
cs-environment-respite = Short-term care
cs-environment-other = Another environment
cs-environment-observation = Observations
cs-environment-observation-help = What help and supervision does the child need there, compared with children of the same age? Record from whom and when the information came.
cs-best-interest = The worker's assessment of the best interests of the child
cs-best-interest-help = How do informal care and the other services secure the child's best interests, growth and development?

## The family's own assessment

cs-family-view = The family's own assessment
cs-family-view-help = How is your family doing? Your answers help us talk about what supports the child and the whole family.
cs-family-situation = How is everyday life going for your family now?
cs-family-situation-going-well = Well
cs-family-situation-mostly-well = Mostly well
cs-family-situation-hard = With difficulty
cs-family-situation-not-coping = We cannot go on like this
cs-family-strain = What helps you keep going, and what weighs on you?
cs-family-strain-help = Think of the whole family: the child, the siblings and the adults.
cs-family-hopes = What do you hope to get from informal care support?
cs-ngo-interest = Are you interested in support from non-governmental organisations?
cs-ngo-interest-help = Organisations support families whose child needs a lot of care. Choose all that apply.
cs-ngo-interest-peer-group = Peer support group
cs-ngo-interest-siblings = Activities for siblings
cs-ngo-interest-recreation = Holidays and recreation
cs-ngo-interest-advice = Advice and guidance
cs-ngo-interest-not-now = Not now

## 8. Draft care and service plan

cs-plan = Draft care and service plan
cs-plan-help = A care and service plan is drawn up from this information if informal care support is granted.
cs-leave-arrangement = How could the informal caregiver's days off be arranged?
cs-leave-arrangement-help = Choose all options that apply.
cs-leave-short-term-care = Short-term care in a care unit
cs-leave-family-care = Family care
cs-leave-substitute-carer = A substitute carer at home
cs-leave-service-voucher = Service voucher
cs-leave-not-used = We do not plan to use the days off now
cs-leave-undecided = Not known yet
cs-leave-notes = More about arranging the days off
cs-support-services-needed = Which support services does the family need alongside informal care?
cs-support-services-needed-help = For example aids, transport, help at home and activities of non-governmental organisations.
cs-plan-goals = What goals are set for the informal care?
cs-plan-goals-help = For example the child's everyday life at home running smoothly, the informal caregiver keeping going and the siblings' wellbeing.
cs-ngo-informed = Has the family been told about support offered by non-governmental organisations?
cs-ngo-informed-help = For example peer support groups, holidays and advice.

## 9. The worker's summary

cs-summary = The worker's summary
cs-summary-help = The worker fills in this section. The summary rests on the whole assessment, not on the form's points alone.
cs-conditions-info = The conditions for informal care support (Informal Care Support Act, section 3). If any condition is not met, there are no grounds for the support, whatever the points.
cs-cond-care-at-home = Because of reduced ability to function, illness or disability, does the child need more care or other looking after at home than a healthy child of the same age?
cs-cond-carer-willing = Is a guardian or another person close to the child willing to take responsibility for the care with the help of the services needed?
cs-cond-carer-able = Do the informal caregiver's health and ability to function meet the demands of informal care?
cs-carer-conditions = The conditions about the caregiver, applicant by applicant
cs-carer-conditions-help = One row for each guardian or other close person applying to be the informal caregiver. If any row says "no", the conditions about the caregiver are not met.
cs-carer-conditions-carer = Applicant
cs-cond-row-willing = Is the applicant willing to take responsibility for the child's care with the help of the services needed?
cs-cond-row-able = Do the applicant's health and ability to function meet the demands of informal care?
cs-cond-care-sufficient = Is informal care, together with the other services needed, enough for the child's wellbeing, health and safety?
cs-cond-home-suitable = Are the home's health-related and other conditions suitable for the care given there?
cs-cond-child-interest = Is granting the support in the best interests of the child?
cs-guidance-info = From the answers in sections 2 and 3 the form computes guidance: how demanding the care is (0–30), how binding it is (0–15) and their sum (0–45). The result is shown in the summary. It is a working tool, not a decision.
cs-proposed-class = The worker's proposal
cs-proposed-no-support = Informal care support is not proposed
cs-proposed-class-1 = Carer's fee class 1
cs-proposed-class-2 = Carer's fee class 2
cs-proposed-class-3 = Carer's fee class 3
cs-differs-from-guidance = Does the proposal differ from the form's guidance?
cs-differs-from-guidance-help = The form's result is not binding. If the proposal differs from it, record the reasons.
cs-differs-justification = Reasons for differing from the guidance
cs-heavy-transition = Is this a heavy transitional care period?
cs-heavy-transition-help = For example when the child comes home after a long hospital stay. During a heavy transitional care period the carer's fee is at least twice the statutory minimum.
cs-heavy-transition-work = During a heavy transitional care period, is the informal caregiver briefly prevented from doing their work because of the care?
cs-heavy-transition-work-help = Informal Care Support Act, section 5. A heavy transitional period is for example the child's discharge from hospital or terminal care. If during it the informal caregiver is briefly prevented from gainful employment because of the care, the carer's fee for that period is at least twice the statutory minimum.
cs-heavy-transition-until = Expected end of the transitional period
cs-reassessment-date = When will the situation be reassessed?
cs-reassessment-date-help = The situation is also reassessed whenever the child's or the family's situation changes substantially.
cs-worker-summary = Summary and conclusions
cs-worker-summary-help = Summarise the family's situation, how demanding and binding the care is, whether the conditions are met and the reasons for the proposal.

## The assessor and the participants (shown at the top of the summary)

cs-assessor-name = Assessor's name
cs-assessor-title = Assessor's job title
cs-assessor-title-help = For example social worker or social counsellor.
cs-assessor-unit = Unit and wellbeing services county
cs-participants = People who took part in the interview
cs-participants-help = Record each person by role first, for example mother, father, child and social counsellor.

## Results (guidance, never decisions)

cs-score-demand = How demanding the care is (0–30)
cs-band-demand-like-peers = The answers suggest that the child's need for help is close to that of a child of the same age.
cs-band-demand-moderate = The answers suggest that the child needs somewhat more help than a child of the same age.
cs-band-demand-considerable = The answers suggest that the child needs clearly more help than a child of the same age.
cs-band-demand-very-high = The answers suggest that the child needs a great deal of help or supervision in almost all of everyday life.
cs-score-binding = How binding the care is (0–15)
cs-band-binding-slight = The answers suggest that the care binds only a little more than caring for a child of the same age.
cs-band-binding-partial = The answers suggest that the care binds part of the day.
cs-band-binding-considerable = The answers suggest that the care binds considerably, also at night or by limiting work.
cs-band-binding-continuous = The answers suggest that the care binds almost continuously, round the clock.
cs-score-guidance = Guidance (0–45)
cs-band-ordinary-parenting = The answers point towards care that hardly differs from ordinary parenting. The decision is made by an official of the wellbeing services county on the basis of an overall assessment.
cs-band-class-1 = The answers point towards carer's fee class 1. The decision is made by an official of the wellbeing services county on the basis of an overall assessment.
cs-band-class-2 = The answers point towards carer's fee class 2. The decision is made by an official of the wellbeing services county on the basis of an overall assessment.
cs-band-class-3 = The answers point towards carer's fee class 3. The decision is made by an official of the wellbeing services county on the basis of an overall assessment.
cs-band-fee-class-1 = The answers point towards carer's fee class 1. The class is indicative: the wellbeing services county sets the fee classes and their criteria. The decision is made by an official of the wellbeing services county on the basis of an overall assessment.
cs-band-fee-class-2 = The answers point towards carer's fee class 2. The class is indicative: the wellbeing services county sets the fee classes and their criteria. The decision is made by an official of the wellbeing services county on the basis of an overall assessment.
cs-band-fee-class-3 = The answers point towards carer's fee class 3. The class is indicative: the wellbeing services county sets the fee classes and their criteria. The decision is made by an official of the wellbeing services county on the basis of an overall assessment.
cs-band-no-grounds = Not all the conditions of section 3 of the Informal Care Support Act are met, so the answers give no grounds for informal care support, whatever the points. The decision is made by an official of the wellbeing services county on the basis of an overall assessment.

## Days off (Informal Care Support Act, section 4)

cs-score-leave-days = Statutory days off (Informal Care Support Act, section 4)
cs-band-leave-two-days = The answers suggest that the informal caregiver is entitled to at least two days off a month.
cs-band-leave-three-days = The answers suggest that the care binds round the clock or continuously every day, so the informal caregiver is entitled to at least three days off a month.
cs-band-leave-check-county-criteria = The answers say the care binds round the clock, but the child is regularly cared for elsewhere more than this wellbeing services county's criteria count as a minor part of the day. By these criteria the binding may not count as round the clock: check. The decision is made by an official of the wellbeing services county.
