package org.waypoint.pathway;

/** The ten matters a pathway plan covers (Care Leavers (England) Regulations 2010, Schedule 1), in that order. */
public enum Matter {
    CONTACT_AND_SUPPORT("Contact and personal support", "Who you can count on, and how you keep in touch with your adviser"),
    EDUCATION_TRAINING("Education or training", "School, college, university or training"),
    EMPLOYMENT("Work and other things you do", "A job, an apprenticeship, volunteering or other things you do"),
    CONTINGENCY("If things go wrong", "What happens if this plan does not work out"),
    ACCOMMODATION("Where you live", "Where you live, and whether it is right for you"),
    RELATIONSHIPS("Family and friends", "Your family, friends and the people who matter to you"),
    INDEPENDENT_LIVING_SKILLS("Skills for living on your own", "Cooking, budgeting, bills and looking after a home"),
    FINANCIAL_SUPPORT("Money", "Money you get, money you need and help with it"),
    HEALTH("Health", "Your health, including your mental health"),
    IDENTITY("Who you are", "Your identity, culture, faith and background");

    private final String label;
    private final String hint;

    Matter(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    /** The plain name shown to the young person. */
    public String label() {
        return label;
    }

    /** One plain line on what the matter is about. */
    public String hint() {
        return hint;
    }
}
