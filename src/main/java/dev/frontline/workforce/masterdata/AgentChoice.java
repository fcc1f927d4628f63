package dev.frontline.workforce.masterdata;

/** An agent as a choice in a form. */
public record AgentChoice(String employeeNumber, String fullName) {
    @Override
    public String toString() {
        return employeeNumber + " " + fullName;
    }
}
