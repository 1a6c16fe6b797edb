package org.tto;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration that slice tests of tto-core boot from. */
@SpringBootApplication
public class CoreTestApplication {}
