# Multi-agency service needs assessment for a child and family (forms/service-need.toml).
# Our own wording. Acts: Social Welfare Act 1301/2014, Child Welfare Act 417/2007.

sn-title = Multi-agency service needs assessment for a child and family
sn-description = A service needs assessment under section 36 of the Social Welfare Act which, in a child welfare case, is also the assessment of the need for child welfare under section 26 of the Child Welfare Act. A professional in child social work or child welfare is responsible for it, together with the child, the family and the multi-agency network.

## 0. Process and deadlines

sn-process = How the case was initiated, and the deadlines
sn-process-help = The statutory deadlines are worked out from the dates where the law sets them. The day the case is initiated is not counted. Saturdays, Sundays, public holidays, Midsummer Eve and Christmas Eve are not working days.
sn-initiated-on = The case was initiated on
sn-initiated-on-help = The day the application, the child welfare notification, the request or the contact arrived.
sn-intake-channel = How was the case initiated?
sn-intake-channel-help = A child welfare notification, a request for an assessment of the need for child welfare and an application in a child welfare matter are child welfare cases. The limits of seven working days and three months apply to them, and to a child needing special support.
sn-intake-application = Application
sn-intake-application-shl = Application under the Social Welfare Act
sn-intake-notification = Child welfare notification (Child Welfare Act, section 25)
sn-intake-assessment-request = Request for an assessment of the need for child welfare
sn-intake-cw-application = Application in a child welfare matter (Child Welfare Act, section 26)
sn-intake-contact = Contact with social services (Social Welfare Act, section 35)
sn-intake-other = Some other way
sn-intake-other-text = What other way?
sn-raised-by = Who raised the concern?
sn-raised-by-help = Record the role only, never a name.
sn-raised-by-guardian = Guardian or parent
sn-raised-by-child = The child
sn-raised-by-relative = Relative or other close person
sn-raised-by-school = School or pupil welfare
sn-raised-by-early-education = Early childhood education
sn-raised-by-health-care = Health care
sn-raised-by-police = Police
sn-raised-by-social-services = Another social welfare service
sn-raised-by-ngo = Non-governmental organisation
sn-raised-by-other = Someone else
sn-urgency-assessed-on = Urgency assessed on
sn-urgency-assessed-on-help = Whether the child may need child welfare urgently is assessed immediately.
sn-urgent-measures = Were urgent child welfare measures needed?
sn-special-support = Is the child a child needing special support?
sn-special-support-help = A child whose growing-up conditions endanger or fail to secure their health or development, or who endangers their own health or development by their behaviour.
sn-special-support-definition = A child needing special support (Social Welfare Act, section 3, point 6) is (1) a child whose growing-up conditions endanger or fail to secure their health or development, or who endangers their own health or development by their behaviour, and (2) a child who has special difficulty in seeking and obtaining the social and health services they need because of a cognitive or mental disability or illness, substance misuse, several simultaneous support needs or another similar reason (section 3, point 3).
sn-start-resolution = Resolution on starting the assessment
sn-start-resolution-help = Resolve whether the assessment is started. It is not made if it is obviously unnecessary, for example when the situation has just been assessed (Child Welfare Act section 26(3), Social Welfare Act section 36(1)). In a child welfare case the resolution is made within seven working days of the case being initiated.
sn-resolution-start = The assessment is started
sn-resolution-not-needed = The assessment is obviously unnecessary
sn-not-needed-reason = Why is the assessment obviously unnecessary?
sn-decision-on = Resolution to start the assessment made on
sn-resolution-on = Date of the resolution
sn-informed-on = Child and guardian informed of the start on
sn-started-on = Assessment started on
sn-completed-on = Assessment completed on
sn-assessor-name = Assessor's name
sn-assessor-title = Assessor's job title
sn-assessor-title-help = For example social worker or social counsellor.
sn-assessor-unit = Unit and wellbeing services county
sn-participants = People who took part in the assessment
sn-participants-help = Record each person by role first, for example the child, mother, social worker and school social worker.
sn-deadlines-note = In a child welfare case and for a child needing special support, the resolution and telling the child and the guardian are due within seven working days of the case being initiated; the assessment must start by the seventh working day and be completed within three months. In other cases the law sets no due date. The deadlines are worked out from the dates, and missed ones are flagged.
sn-deadlines-scope = In a child welfare case (a child welfare notification, a request for an assessment of the need for child welfare or an application in a child welfare matter) and for a child needing special support, the resolution and telling the child and the guardian are due within seven working days of the case being initiated; the assessment must start by the seventh working day and be completed within three months (Social Welfare Act section 36, Child Welfare Act section 26). In other cases the law sets no due date, and none is shown. If the assessment is resolved to be obviously unnecessary, the limits for starting and completing it do not apply. The deadlines are worked out from the dates, and missed ones are flagged. A three-month due date is shown as computed even when it falls on a Saturday, a Sunday, a public holiday, Midsummer Eve or Christmas Eve.

sn-deadline-decision = Resolution on starting the assessment (7 working days)
sn-deadline-informed = Child and guardian informed (7 working days)
sn-deadline-start = Assessment started (by the 7th working day)
sn-deadline-complete = Assessment completed (3 months)
sn-deadline-met = Met
sn-deadline-late = Done late
sn-deadline-open = Open
sn-deadline-overdue = Overdue

## 1. Family and background

sn-family = Family and background
sn-family-help = Record family members by role and age group, never by name.
sn-child-age = How old is the child?
sn-unit-years = years
sn-household = Who lives with the child?
sn-household-help = One row for each person living with the child.
sn-household-member = Relationship to the child
sn-member-mother = Mother
sn-member-father = Father
sn-member-step-parent = Step-parent
sn-member-sibling = Sibling
sn-member-grandparent = Grandparent
sn-member-other-adult = Other adult
sn-member-other-child = Other child
sn-member-other-guardian = Other guardian
sn-household-age-group = Age group
sn-age-under-7 = Under 7
sn-age-7-12 = 7 to 12
sn-age-13-17 = 13 to 17
sn-age-adult = Adult
sn-household-guardian = Is this person the child's guardian?
sn-guardian-elsewhere = Does the child have a guardian who lives elsewhere?
sn-living = Who does the child live with?
sn-living-both-parents = With both parents
sn-living-alternating = Alternating between parents
sn-living-one-parent = With one parent
sn-living-relatives = With relatives or close people
sn-living-other = Other arrangement
sn-history = Earlier client relationship
sn-history-none = No earlier client relationship
sn-history-family-services = Family social work or other family services
sn-history-child-welfare = Child welfare
sn-history-disability-services = Disability services
sn-history-adult-services = Social work for adults
sn-history-notes = More about the background

## 1b. The family's own part

sn-family-own = The family's own part
sn-family-own-help = Write here in your own words. All the questions are optional.
sn-family-own-intro = In a service needs assessment we find out together what help the child and the family need. The worker meets the child and the parents. The worker may also ask for information, for example from the school or the child health clinic, when you give your consent or the law allows it. At the end we write a summary, and you get a copy.
sn-family-worries = What worries you?
sn-family-going-well = What is going well?
sn-family-hopes = What help would you like?
sn-family-close-people = Who close to you can help you?
sn-wish-to-talk-alone = Would you like to talk to the worker alone?
sn-wish-to-talk-alone-help = Only the worker sees this answer. You do not need to write here what it is about.

## 2. The child's situation

sn-child = The child's situation
sn-child-help = Rate each area: 1 a strength, 2 no concern, 3 some concern, 4 serious concern. Always record what you saw when the rating is 3 or 4.
sn-child-health = Health and development
sn-child-health-help = Physical health, growth, developmental stages, sleep and diet.
sn-child-learning = Early childhood education or school
sn-child-learning-help = Attendance, learning, energy and relationships with the adults.
sn-child-friends = Friends and free time
sn-child-friends-help = Friendships, hobbies and things to do that matter to the child.
sn-child-emotions = Emotions and behaviour
sn-child-emotions-help = Mood, handling feelings, changes in behaviour and risk-taking.
sn-child-safety = Safety
sn-child-safety-help = Whether the child is safe at home and outside it: violence, neglect or other danger.
sn-level-1 = A strength
sn-level-2 = No concern
sn-level-3 = Some concern
sn-level-4 = Serious concern
sn-domain-notes = Observations and reasons
sn-source = Where does the information come from?
sn-source-child = The child
sn-source-guardian = The guardian
sn-source-network = The network
sn-source-observed = The worker's own observation

## 3. Meeting the child

sn-meeting = Meeting the child, and the child's view
sn-meeting-help = The child is met in person, and the child's view is sought in a way that suits the child's age and development.
sn-child-met = Has the child been met in person?
sn-meetings = Meetings
sn-meeting-date = Date
sn-meeting-place = Place
sn-place-home = Home
sn-place-office = Office
sn-place-school = School or day care
sn-place-remote = Remote meeting
sn-place-other = Somewhere else
sn-meeting-alone = Was the child met alone?
sn-not-met-reason = Why has the child not been met?
sn-child-view-obtained = Was the child's own view obtained?
sn-child-view-obtained-help = If not, record the reason.
sn-child-view = The child's own view of their situation
sn-child-view-help = Record the child's thoughts in the child's own words as far as you can.
sn-child-view-missing-reason = Why could the child's view not be obtained?

## 4. Parenting and everyday life

sn-parenting = Parenting and the family's everyday life
sn-parenting-help = The same scale: 1 a strength, 2 no concern, 3 some concern, 4 serious concern.
sn-parent-care = Basic care
sn-parent-care-help = Food, sleep, hygiene, health care and supervision.
sn-parent-interaction = Interaction with the child
sn-parent-interaction-help = Warmth, attachment and noticing what the child needs.
sn-parent-boundaries = Boundaries and routines
sn-parent-boundaries-help = Rules that suit the child's age, a predictable day and consistency.
sn-parent-coping = Parents' coping and health
sn-parent-coping-help = Resources, mental health and illness that affect parenting.
sn-parent-substances = Substance use
sn-parent-substances-help = Use of alcohol, drugs or medicines that affects the care of the child.
sn-family-violence = Violence in the family
sn-family-violence-help = Intimate partner violence, threats of violence, or the child seeing or hearing violence.
sn-family-finances = Income
sn-family-finances-help = Whether the money is enough, debts and benefits.
sn-family-housing = Housing
sn-family-housing-help = Whether the home is suitable, safe and lasting.
sn-parenting-source = Where does the information on parenting and everyday life come from?

## 5. The multi-agency network

sn-network = The multi-agency network (the partners' part)
sn-network-help = The partners' own assessment, and guidance for partners. Information is requested with the client's consent or under the law.
sn-guide-concern = For partners, when a concern arises: raise it with the child and the guardian if that is possible with the child's safety in mind. Write down what you saw, how worried you are and what you have done already. If the child is in immediate danger, call the emergency number 112 or the social services emergency line.
sn-guide-contact = Contact with social services (Social Welfare Act, section 35): when in your work you meet a child or family who need support from social services, guide them to apply for services or, with their consent, contact social services. Without consent, contact is made if the child's best interests necessarily require it.
sn-guide-notification = Child welfare notification (Child Welfare Act, section 25): if in your work you learn of a child whose need for care, circumstances endangering their development or own behaviour call for an assessment of the need for child welfare, notify without delay, whatever your duty of confidentiality. The duty is personal. If you suspect a sexual offence or an offence against the child's life or health, notify the police as well.
sn-guide-consult = Consulting child welfare: you can ask a child welfare social worker for advice without naming the child or the family. A consultation does not replace a child welfare notification: when the duty to notify applies, the notification is made.
sn-partners = Partners
sn-partners-help = One row for each agency. Record the agency, not an individual worker's name.
sn-partner-agency = Agency
sn-agency-child-health-clinic = Child health clinic or school health care
sn-agency-early-education = Early childhood education
sn-agency-school = School and pupil welfare
sn-agency-health-care = Health care
sn-agency-psychiatry = Child or adolescent psychiatry
sn-agency-disability-services = Disability services
sn-agency-social-services = Another social welfare service
sn-agency-ngo = Non-governmental organisation
sn-agency-private-provider = Private service provider
sn-agency-police = Police
sn-agency-other = Other agency
sn-partner-agency-other = Which other agency?
sn-partner-basis = Basis for receiving the information
sn-partner-basis-help = Consent, or a right to receive information laid down by law.
sn-basis-consent = The client's consent
sn-basis-statutory = Under the law
sn-partner-concern-since = When did the concern arise?
sn-partner-observation = What has the agency observed?
sn-partner-observation-help = Describe what was observed as facts: what the agency has seen or heard.
sn-partner-concern = How concerned is the agency?
sn-partner-actions = What has the agency done already?
sn-partner-actions-help = For example talks with the child and the guardian, its own support, or referral to services.
sn-partner-consulted = Has the agency consulted child welfare?
sn-partner-date = Date

## 6. Services

sn-services = Services
sn-services-help = Current services and the support proposed.
sn-services-current = What services does the family have now?
sn-services-proposed-shl = Proposed services under the Social Welfare Act
sn-services-proposed-shl-help = Services that can be given without a child welfare client relationship.
sn-services-proposed-lsl = Proposed open-care support measures under the Child Welfare Act
sn-services-proposed-lsl-help = Only if a child welfare client relationship starts.
sn-service-none = No services
sn-service-family-work = Family work
sn-service-home-services = Home help
sn-service-family-counselling = Child guidance and family counselling
sn-service-mental-health = Mental health services
sn-service-substance-services = Substance abuse services
sn-service-disability-services = Disability services
sn-service-open-care = Child welfare open care
sn-service-other = Other service
sn-service-support-person = Support person or support family
sn-service-peer-group = Peer support group
sn-service-social-counselling = Social counselling
sn-service-intensified-family-work = Intensified family work
sn-service-family-rehabilitation = Family rehabilitation
sn-service-support-person-family = Support person or support family as a child welfare support measure
sn-service-financial-support = Financial support
sn-service-open-care-placement = Placement as an open-care support measure
sn-services-notes = More about the services

## 7. The client's opinion

sn-opinion = The client's opinion and view of the service need
sn-opinion-help = Record the opinion of the child and of each guardian separately. If an opinion cannot be sought because of an obvious obstacle, record the obstacle.
sn-child-opinion-given = Was the child's opinion of the service need obtained?
sn-child-opinion = The child's opinion
sn-opinion-obstacle = The obvious obstacle and its reason
sn-guardian-opinions = What do the guardians think?
sn-guardian-opinions-help = One row for each guardian.
sn-opinion-guardian = Guardian
sn-opinion-given = Was the guardian's opinion obtained?
sn-guardian-opinion = The guardian's opinion
sn-opinion-agrees = Does the guardian agree with the assessment?
sn-agrees-yes = Agrees
sn-agrees-partly = Partly agrees
sn-agrees-no = Disagrees

## 8. Conclusions

sn-conclusions = The professional's conclusions
sn-conclusions-help = Conclusions on the grounds for a client relationship and on the need for support.
sn-summary = Summary of the situation and the need for support
sn-summary-help = Describe the situation of the child and the family, their strengths and the concerns, and the support needed.
sn-support-needs = Support needs (Social Welfare Act, section 11)
sn-support-needs-help = Choose the support needs the services are arranged for. The order follows section 11 of the Social Welfare Act.
sn-need-everyday-life = Coping with everyday life
sn-need-housing = Housing
sn-need-financial = Financial support
sn-need-inclusion = Preventing social exclusion and promoting inclusion
sn-need-violence = Intimate partner and family violence or other abuse
sn-need-violence-maltreatment = Violence in close relationships and the family, other violence and maltreatment
sn-need-crisis = Sudden crises
sn-need-child-development = The child's balanced development and wellbeing
sn-need-health = Substance use, mental health, illness or disability
sn-need-health-ageing = Substance misuse, mental health problems, other illness, disability or ageing
sn-need-functioning = Other support for physical, mental, social or cognitive functional capacity
sn-need-ageing = Support related to ageing
sn-need-relatives = Supporting relatives and people close to the person
sn-need-nature = Nature of the need
sn-nature-temporary = Temporary
sn-nature-recurring = Recurring
sn-nature-long-term = Long-term
sn-outcome = Outcome of the assessment
sn-outcome-help = The outcome is the professional's conclusion; the score and the level of concern are decision support only.
sn-outcome-ends = The client relationship ends
sn-outcome-continues-shl = The client relationship continues under the Social Welfare Act
sn-outcome-child-welfare = A child welfare client relationship starts
sn-outcome-referral = Referral to another service
sn-lsl27 = Grounds for the child welfare client relationship (Child Welfare Act, section 27)
sn-lsl27-help = Choose every ground that applies.
sn-lsl27-urgent = Urgent measures have been taken for the child
sn-lsl27-support = The child has received child welfare support before the assessment was completed
sn-lsl27-endangered = The child's growing-up conditions or own behaviour endanger their health or development, and the child needs child welfare services
sn-referral-to = Which service was the client referred to?
sn-cw-investigation = Did the assessment include an assessment of the need for child welfare (Child Welfare Act, section 26)?
sn-cw-investigation-help = Yes if the case was initiated as a child welfare case or the assessment showed a need for child welfare.

## 9. Designated worker

sn-designated = Designated worker
sn-designated-help = The worker's and the client's view of the need for a designated worker. A child needing special support has a social worker as designated worker.
sn-designated-worker-view = The worker's view of the need for a designated worker
sn-designated-client-view = Does the family need a designated worker?
sn-designated-needed = Needed
sn-designated-has-one = Already named
sn-designated-not-needed = Not needed
sn-designated-no-opinion = No opinion
sn-designated-role = The designated worker's role
sn-designated-role-special-help = A child needing special support has a social worker as designated worker.
sn-role-social-worker = Social worker
sn-role-social-counsellor = Social counsellor
sn-role-other-professional = Another social welfare professional
sn-designated-name = The designated worker's name
sn-designated-name-help = The worker's name, if the designated worker has been named.

## 10. Distribution

sn-distribution = Distribution
sn-copy-given = Has the client been given the assessment?
sn-copy-given-on = Given on
sn-copy-not-given-reason = Why has the assessment not been given?

## Scoring (decision support)

sn-concern-count = Areas of concern
sn-band-mainly-strengths = Mainly strengths: at most one area gives cause for concern.
sn-band-some-concern = Some concern: two to four areas give cause for concern.
sn-band-significant-concern = Significant concern: five or more areas give cause for concern, or one area gives serious concern.
sn-band-red-flag = Significant concern: the child's safety or violence in the family gives cause for concern. Assess the child's immediate safety and the need for urgent measures.
sn-band-red-flag-serious = Red flag: serious concern about the child's safety or violence in the family. Assess the child's immediate safety and the need for urgent measures at once.

## Deadlines: when the law sets none, or the assessment was found unnecessary (arvio-forms deadlines.rs)
sn-deadline-none = The law sets no due date for this case: the assessment starts without undue delay (Social Welfare Act, section 36). The limits of seven working days and three months apply to a child welfare case and to a child needing special support.
sn-deadline-unknown = The time limits bind when the case is a child welfare case or the child needs special support. Once the way the case came in and the need for special support are recorded, the form shows whether they apply.
sn-deadline-not-needed = The assessment was resolved to be obviously unnecessary (Child Welfare Act section 26, Social Welfare Act section 36): the limits for starting and completing it do not apply.
sn-deadline-nonworking = * The due date falls on a Saturday, a Sunday, a public holiday, Midsummer Eve or Christmas Eve. It is shown as computed: the law does not move it to the next working day.
