/**
 * Survey rounds (kartläggning online, issue #25): rounds with their questionnaire, the
 * organisations asked, respondents and their personal links. Answers never reach the
 * network without review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Survey")
package se.samverkanskartan.survey;
