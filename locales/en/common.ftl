# Texts shared by every form and output (arvio-i18n, COMMON_IDS).
# Keep the variables ($question, $max ...) the same in every language.

## Answers and form structure

arvio-yes = Yes
arvio-no = No
arvio-not-answered = Not answered
arvio-required = Required
arvio-optional = Optional
arvio-answer-if = Answer this if
arvio-row = Row { $number }
arvio-form-version = Form version { $version }
arvio-summary = Summary
arvio-select-one = Select one
arvio-select-many = Select all that apply
arvio-worker-only = Filled in by the worker
arvio-max-length =
    { $max ->
        [one] At most { $max } character
       *[other] At most { $max } characters
    }
arvio-missing-text = (text missing)
arvio-today = today

## Scores

arvio-scores = Scores
arvio-score = Score
arvio-range = Range
arvio-band = Interpretation
arvio-band-disclaimer = The interpretation is guidance for the assessment, not a decision.
arvio-score-incomplete =
    { $missing ->
        [one] Not calculated: one answer missing
       *[other] Not calculated: { $missing } answers missing
    }
arvio-score-partial =
    { $missing ->
        [one] Partial: one answer missing
       *[other] Partial: { $missing } answers missing
    }
arvio-score-not-applicable = Does not apply – the questions did not apply in this case

## Pages, buttons and languages

arvio-page-of = Page { $page } of { $pages }
arvio-generated-on = Created on { $date }
arvio-confidential = Confidential (Act 621/1999, section 24(1)(25))
arvio-confidential-short = Confidential
arvio-navigation = Navigation
arvio-submit = Send
arvio-save-draft = Save draft
arvio-add-row = Add row
arvio-remove-row = Remove row
arvio-language-name-fi = Finnish
arvio-language-name-sv = Swedish
arvio-language-name-en = English

## Conditions
# Joined into notes such as: Answer this if “Partner?”: Yes and “Children?” is answered.

arvio-cond-and = and
arvio-cond-or = or
arvio-cond-any-row = on some row
arvio-cond-not = not
arvio-cond-other-than = other than
arvio-cond-answered = is answered
arvio-cond-not-answered = is not answered
arvio-required-if = Required if
# Quotation marks around a question label in a condition.
arvio-quote-open = “
arvio-quote-close = ”

## Summary details, tables and notes

arvio-assessment-date = Assessment date
arvio-language = Language
arvio-score-value = Value
arvio-score-completeness = Completeness
arvio-deadlines = Deadlines
arvio-deadline-step = Step
arvio-deadline-due = Due date
arvio-deadline-done = Done
arvio-deadline-status = Status
arvio-no-rows = No rows.
# Under a PDF whose font lacks some characters of the answers.
arvio-replaced-chars-note = The sign � stands for characters the font does not have.

## Errors

arvio-errors =
    { $count ->
        [one] There is one error in the form
       *[other] There are { $count } errors in the form
    }
arvio-valid = The response is valid.
arvio-error-summary-title = Check these before you send the form
# A question on a row of a group: "Network, row 3: Role".
arvio-question-in-row = { $group }, row { $row }: { $question }
arvio-question-row = { $group }, row { $row }
arvio-question-unknown = unknown question
arvio-error-missing-required = “{ $question }” needs an answer.
arvio-error-wrong-type = The answer to “{ $question }” is in the wrong format.
arvio-error-unknown-option = The answer to “{ $question }” is not one of the options.
arvio-error-duplicate-option = In “{ $question }”, the same option is selected twice.
# $bounds: both, min, max (numbers), date-min, date-max, not-future, not-past (dates), none.
arvio-error-out-of-range =
    { $bounds ->
        [both] The answer to “{ $question }” must be between { $min } and { $max }.
        [min] The answer to “{ $question }” must be at least { $min }.
        [max] The answer to “{ $question }” must be at most { $max }.
        [date-min] The date for “{ $question }” must be no earlier than { $min }.
        [date-max] The date for “{ $question }” must be no later than { $max }.
        [not-future] The date for “{ $question }” cannot be in the future.
        [not-past] The date for “{ $question }” cannot be in the past.
       *[none] The answer to “{ $question }” is outside the allowed range.
    }
arvio-error-not-integer = Answer “{ $question }” with a whole number.
arvio-error-invalid-date = The date for “{ $question }” is not a valid date.
arvio-error-too-long =
    { $max ->
        [one] The answer to “{ $question }” is too long: at most { $max } character.
       *[other] The answer to “{ $question }” is too long: at most { $max } characters.
    }
# $char: the character's code (U+001B), $position: which character of the answer it is.
arvio-error-control-character = The answer to “{ $question }” contains a character that cannot be saved ({ $char }, character { $position }). Please remove it.
arvio-error-too-few-selections =
    { $min ->
        [one] In “{ $question }”, select at least { $min } option.
       *[other] In “{ $question }”, select at least { $min } options.
    }
arvio-error-too-many-selections =
    { $max ->
        [one] In “{ $question }”, select at most { $max } option.
       *[other] In “{ $question }”, select at most { $max } options.
    }
arvio-error-too-few-rows =
    { $min ->
        [one] “{ $question }” needs at least { $min } row.
       *[other] “{ $question }” needs at least { $min } rows.
    }
arvio-error-too-many-rows =
    { $max ->
        [one] “{ $question }” can have at most { $max } row.
       *[other] “{ $question }” can have at most { $max } rows.
    }
arvio-error-does-not-apply = “{ $question }” does not apply given the earlier answers: remove the answer.
arvio-error-unknown-question = The response contains an item this form does not have.
arvio-error-wrong-form = The response is for a different form than “{ $form }”.
arvio-error-wrong-form-version = The response is for a different version of the form. This form’s version is { $expected }.
arvio-error-unknown-form-version = The response is for a version of the form that is not known. Known versions: { $known }.

## Pages of the fill-in server (arvio serve)

arvio-serve-forms = Forms
arvio-serve-forms-intro = Choose a form and a language. You can save an unfinished form as a draft and continue later from the link you get.
arvio-serve-draft-saved = The draft has been saved. Keep the address of this page: with it you can continue later. Do not share the link.
arvio-serve-draft-link = Link to the draft
arvio-serve-all-forms = All forms
arvio-serve-not-found = Page not found
arvio-serve-not-found-text = There is no form at this address. Check the link.
arvio-serve-conflict = The form was saved in the meantime
arvio-serve-conflict-text = A newer version of this form has been saved (for example in another window). An older version does not replace it. Open the latest version and make your changes there.
arvio-serve-latest = Open the latest version
arvio-serve-too-large = The form is too large
arvio-serve-too-large-text = The form sent has too much text. Shorten the longest answers and try again.
arvio-serve-bad-request = The form could not be read
arvio-serve-bad-request-text = What was sent does not match this form. Open the form again and try again.
arvio-serve-server-error = Saving failed
arvio-serve-server-error-text = Something went wrong in the service. Try again in a moment.

arvio-serve-already-sent = The form has already been sent
arvio-serve-already-sent-text = A sent form can no longer be changed. If you want to correct something, tell your worker.
arvio-serve-link-gone = This link no longer works
arvio-serve-link-gone-text = The link to this form has expired or been closed, and no answers are shown through it. If you need a new link, contact your worker.
arvio-serve-sent = The form has been sent. The reference number is { $receipt }. Give the reference number if you contact your worker about the form.
arvio-serve-over-limit = The form was not saved: some answers are longer or have more parts than the form allows. Correct the marked answers and save again.
arvio-serve-busy-text = Saving did not succeed just now because the service is busy. Your answers are still on this page: save or send again in a moment.
arvio-serve-too-many = Too many requests
arvio-serve-too-many-text = The service received too many requests from this address in a short time. Wait a moment and then try again. What you wrote in the form is still in your browser: go back to the previous page and send the form again.

## Copies, the assessment record, signatures and comparison

arvio-copy-worker = Worker's copy
arvio-copy-family = Family's copy
arvio-private = For the worker only
arvio-record = About this assessment
arvio-open-questions =
    { $count ->
        [one] One optional question was left open: { $sections }
       *[other] { $count } optional questions were left open: { $sections }
    }
arvio-signatures = Signatures
arvio-signature = Signature
arvio-signature-name = Name in block letters
arvio-signature-date = Date
arvio-signer-worker = Worker
arvio-signer-family = Family
arvio-compare-title = Start and review compared
arvio-compare-start = At start
arvio-compare-review = At review
arvio-compare-change = Change
arvio-compare-start-of = Start assessment of { $date }
arvio-chart-alt = The chart's figures are also in the table.
arvio-compare-attainment = Goal attainment (T-score, 50 = the expected level): at start { $start }, at review { $review }.
