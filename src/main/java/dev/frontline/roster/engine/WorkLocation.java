package dev.frontline.roster.engine;

/** Where an agent works on a day: at home ({@code site == null}) or in the office at a site. */
public record WorkLocation(Site site) {

    public static final WorkLocation HOME = new WorkLocation(null);

    public static WorkLocation office(Site site) {
        if (site == null) {
            throw new IllegalArgumentException("an office location needs a site");
        }
        return new WorkLocation(site);
    }

    public boolean isOffice() {
        return site != null;
    }

    public String label() {
        return site == null ? "HOME" : "OFFICE@" + site.id();
    }

    @Override
    public String toString() {
        return label();
    }
}
