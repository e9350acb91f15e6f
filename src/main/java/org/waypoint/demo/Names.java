package org.waypoint.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Made-up British names for made-up people. */
final class Names {

    private static final List<String> GIVEN = List.of(
            "Oliver", "Amelia", "George", "Isla", "Noah", "Ava", "Arthur", "Mia", "Leo", "Ivy", "Oscar", "Freya",
            "Harry", "Lily", "Archie", "Florence", "Jack", "Evie", "Charlie", "Rosie", "Theo", "Willow", "Finley",
            "Grace", "Alfie", "Sophia", "Henry", "Poppy", "Thomas", "Ella", "Jacob", "Daisy", "Mohammed", "Aisha",
            "Yusuf", "Maryam", "Kai", "Zara", "Reuben", "Niamh", "Callum", "Erin", "Tyler", "Chloe", "Kayden",
            "Leah", "Riley", "Jade", "Dylan", "Megan", "Jayden", "Holly", "Mason", "Skye", "Harvey", "Ruby",
            "Kacper", "Zuzanna", "Tomasz", "Amira", "Idris", "Nia", "Kwame", "Ama", "Ravi", "Priya", "Connor",
            "Siobhan", "Ewan", "Morgan", "Jordan", "Casey", "Bailey", "Frankie", "Louie", "Tilly", "Elsie");

    private static final List<String> FAMILY = List.of(
            "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
            "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
            "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
            "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
            "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
            "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
            "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
            "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
            "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell",
            "Nowak", "Kowalski", "Okafor", "Mensah", "Ahmed", "Rahman", "Tremayne", "Penrose", "Trelawney");

    private Names() {
    }

    static String given(RandomGenerator random) {
        return GIVEN.get(random.nextInt(GIVEN.size()));
    }

    static String family(RandomGenerator random) {
        return FAMILY.get(random.nextInt(FAMILY.size()));
    }
}
