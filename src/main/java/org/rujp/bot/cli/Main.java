package org.rujp.bot.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println("rujp-bot");
    }
}
