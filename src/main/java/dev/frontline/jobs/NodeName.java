package dev.frontline.jobs;

import java.lang.management.ManagementFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** This app node's name in job rows and in db-scheduler's picks: {@code frontline.node-name}, or pid@host. */
@Component
public class NodeName {

    private final String name;

    NodeName(@Value("${frontline.node-name:}") String configured) {
        this.name = configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured;
    }

    public String name() {
        return name;
    }
}
